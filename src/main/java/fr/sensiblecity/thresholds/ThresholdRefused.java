package fr.sensiblecity.thresholds;

import fr.sensiblecity.base.DomainException;

/** A value an administrator typed that a threshold does not accept; names the threshold so the page marks its field. */
public class ThresholdRefused extends DomainException {

    private final String thresholdKey;

    public ThresholdRefused(String thresholdKey, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.thresholdKey = thresholdKey;
    }

    public String thresholdKey() {
        return thresholdKey;
    }
}
