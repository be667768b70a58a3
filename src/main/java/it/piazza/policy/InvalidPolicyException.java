package it.piazza.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy file that cannot be loaded: nothing of it is used. Lists every problem found, each with file,
 * line and column.
 */
public class InvalidPolicyException extends RuntimeException {

    private final List<PolicyProblem> problems;

    /** @param problems the problems, at least one */
    public InvalidPolicyException(List<PolicyProblem> problems) {
        super(problems.stream().map(PolicyProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, in the order of the file */
    public List<PolicyProblem> problems() {
        return problems;
    }
}
