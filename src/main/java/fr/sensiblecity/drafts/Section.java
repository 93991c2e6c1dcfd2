package fr.sensiblecity.drafts;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A section of a draft; its text lives in its versions, and it points to the current one. */
@Entity
@Table(name = "draft_section")
class Section extends StoredEntity {

    private long draftId;
    private int position;
    private String title = "";
    private int currentVersion = 1;

    protected Section() {
    }

    Section(long draftId, int position, String title) {
        this.draftId = draftId;
        this.position = position;
        this.title = title;
    }

    /** The accepted amendment was written against the current version: the section moves to the next one. */
    int advance() {
        currentVersion++;
        return currentVersion;
    }

    long draftId() {
        return draftId;
    }

    int position() {
        return position;
    }

    String title() {
        return title;
    }

    int currentVersion() {
        return currentVersion;
    }
}
