package fr.sensiblecity.panels;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.panels.sortition.QuotaChange;
import fr.sensiblecity.panels.sortition.Relaxation;
import java.util.List;

/**
 * No panel of this size meets every quota of the pool. Its arguments are the seats, the places to give and the
 * changes in a neutral notation; the panels' pages write the changes out in the reader's language instead.
 */
public class RelaxationNeeded extends DomainException {

    public static final String MESSAGE_KEY = "panel.error.relaxation";

    private final transient Relaxation relaxation;

    RelaxationNeeded(Relaxation relaxation) {
        super(MESSAGE_KEY, relaxation.panelSize(), relaxation.amount(), PanelPools.describe(relaxation.changes()));
        this.relaxation = relaxation;
    }

    public int seats() {
        return relaxation.panelSize();
    }

    public int amount() {
        return relaxation.amount();
    }

    public List<QuotaChange> changes() {
        return relaxation.changes();
    }
}
