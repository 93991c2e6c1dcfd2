package fr.sensiblecity.thresholds;

import java.util.List;

/** Implemented by each module that lets administrators tune some of its numbers; order is the page's order. */
public interface ThresholdCatalog {

    List<Threshold> thresholds();
}
