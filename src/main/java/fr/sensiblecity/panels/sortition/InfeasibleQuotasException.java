package fr.sensiblecity.panels.sortition;

/** No panel of the requested size meets every quota; the relaxation says what would. */
public class InfeasibleQuotasException extends RuntimeException {

    private final transient Relaxation relaxation;

    public InfeasibleQuotasException(Relaxation relaxation) {
        super(relaxation.message());
        this.relaxation = relaxation;
    }

    public Relaxation relaxation() {
        return relaxation;
    }
}
