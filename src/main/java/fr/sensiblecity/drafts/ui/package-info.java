/** The pages of drafts: the draft with its live amendments, an amendment, versions, consultation and results. */
@NullMarked
package fr.sensiblecity.drafts.ui;

import org.jspecify.annotations.NullMarked;
