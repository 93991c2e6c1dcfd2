package fr.sensiblecity.projects;

import java.util.Locale;
import java.util.Set;

/** A project's lifecycle: study, experiment, evaluate, then generalise or stop. Stopping is possible at any stage. */
public enum ProjectPhase {
    STUDY,
    EXPERIMENTATION,
    EVALUATION,
    GENERALISED,
    STOPPED;

    public Set<ProjectPhase> next() {
        return switch (this) {
            case STUDY -> Set.of(EXPERIMENTATION, STOPPED);
            case EXPERIMENTATION -> Set.of(EVALUATION, STOPPED);
            case EVALUATION -> Set.of(GENERALISED, STOPPED);
            case GENERALISED, STOPPED -> Set.of();
        };
    }

    /** The two ends need an evaluation summary: what was learnt is the point of an experiment. */
    public boolean needsEvaluation() {
        return this == GENERALISED || this == STOPPED;
    }

    public boolean finished() {
        return next().isEmpty();
    }

    public String labelKey() {
        return "project.phase." + name().toLowerCase(Locale.ROOT);
    }
}
