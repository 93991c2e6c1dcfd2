package fr.sensiblecity.projects;

import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.FreeText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A programme's eligibility rules as an administrator edits them: the themes it funds (none: every theme) and its
 * checklist, in order. An item keeps its id while its wording stays the same; a reworded item is a new one.
 */
public record ProgrammeRules(List<Long> themeIds, List<Item> checklist) {

    static final int ITEMS_MAX = 10;
    static final int ITEM_MAX = 300;

    public ProgrammeRules {
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    /** One checklist item in both languages; {@code id} names the item it was, null for a new one. */
    public record Item(@Nullable Long id, String textFr, String textEn) {
    }

    ProgrammeRules validated() {
        if (checklist.size() > ITEMS_MAX) {
            throw new DomainException("programme.error.checklistSize", ITEMS_MAX);
        }
        List<Item> items = checklist.stream().map(item -> {
            String fr = ProgrammeDraft.clean(item == null ? null : item.textFr());
            String en = ProgrammeDraft.clean(item == null ? null : item.textEn());
            if (!FreeText.fits(fr, 3, ITEM_MAX) || !FreeText.fits(en, 3, ITEM_MAX)) {
                throw new DomainException("programme.error.item", ITEM_MAX);
            }
            return new Item(item.id(), fr, en);
        }).toList();
        return new ProgrammeRules(themeIds.stream().distinct().toList(), items);
    }
}
