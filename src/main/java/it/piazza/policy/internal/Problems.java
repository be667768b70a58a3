package it.piazza.policy.internal;

import it.piazza.policy.PolicyProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** The problems found while reading one policy file, with their positions. */
public final class Problems {

    private final String source;
    private final List<PolicyProblem> problems = new ArrayList<>();

    /** @param source the file name shown in every problem */
    public Problems(String source) {
        this.source = source;
    }

    /** Records a problem at the start of {@code node} (or at the top of the file when null). */
    public void at(@Nullable Node node, String path, String message) {
        Mark mark = node == null ? null : node.getStartMark();
        at(mark, path, message);
    }

    /** Records a problem at {@code mark}. */
    public void at(@Nullable Mark mark, String path, String message) {
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        problems.add(new PolicyProblem(source, line, column, path, message));
    }

    /** @return whether no problem was found */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** @return the problems, in file order */
    public List<PolicyProblem> sorted() {
        return problems.stream()
                .sorted(Comparator.comparingInt(PolicyProblem::line).thenComparingInt(PolicyProblem::column))
                .toList();
    }
}
