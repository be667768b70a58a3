package it.piazza.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConversationStateTests {

    @Test
    void aNewMessageOpensAnAnsweredOrClosedConversationAgain() {
        assertThat(ConversationState.ANSWERED.afterCitizenMessage(false)).isEqualTo(ConversationState.NEW);
        assertThat(ConversationState.CLOSED.afterCitizenMessage(true)).isEqualTo(ConversationState.ASSIGNED);
    }

    @Test
    void aNewMessageLeavesAnOpenConversationWhereItIs() {
        assertThat(ConversationState.WAITING_FOR_OFFICE.afterCitizenMessage(true)).isEqualTo(ConversationState.WAITING_FOR_OFFICE);
        assertThat(ConversationState.NEW.afterCitizenMessage(false)).isEqualTo(ConversationState.NEW);
    }

    @Test
    void assignmentMovesOnlyANewConversation() {
        assertThat(ConversationState.NEW.afterAssignment()).isEqualTo(ConversationState.ASSIGNED);
        assertThat(ConversationState.WAITING_FOR_OFFICE.afterAssignment()).isEqualTo(ConversationState.WAITING_FOR_OFFICE);
    }

    @Test
    void byHandAClosedConversationCanOnlyBeOpenedAgain() {
        assertThat(ConversationState.CLOSED.manualTargets()).containsExactly(ConversationState.NEW);
        assertThat(ConversationState.NEW.manualTargets()).containsExactlyInAnyOrder(
                ConversationState.WAITING_FOR_OFFICE, ConversationState.CLOSED);
        assertThat(ConversationState.WAITING_FOR_OFFICE.manualTargets()).doesNotContain(ConversationState.ANSWERED);
    }

    @Test
    void onlyNewAssignedAndWaitingAreOpen() {
        assertThat(ConversationState.values()).filteredOn(ConversationState::open)
                .containsExactly(ConversationState.NEW, ConversationState.ASSIGNED, ConversationState.WAITING_FOR_OFFICE);
    }
}
