package fr.sensiblecity.drafts;

import java.util.List;

/**
 * A merge the facilitator proposed and its authors have not all agreed to yet: the facilitator's text, the
 * proposals it joins, how many of their authors agreed out of how many, and whether the reader is an author who
 * still has to answer.
 */
public record MergeDetails(long id, long draftId, String title, String body, List<String> mergedTitles, int agreed,
        int authors, boolean awaitingMe) {
}
