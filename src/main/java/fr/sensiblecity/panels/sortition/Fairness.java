package fr.sensiblecity.panels.sortition;

import fr.sensiblecity.base.NotShownToPeople;

/** How far the equalisation of probabilities goes. */
@NotShownToPeople("a setting of the sortition algorithm, not offered on any page")
public enum Fairness {
    /** Maximise the lowest probability any volunteer has, and stop there. */
    MAXIMIN,
    /**
     * Maximise the lowest probability, then, without lowering anyone fixed so far, the next lowest, and so on:
     * the full LEXIMIN of Flanigan et al. (Nature 2021). Its first stage is MAXIMIN.
     */
    LEXIMIN
}
