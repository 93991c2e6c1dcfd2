package fr.sensiblecity.territories;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A subject ideas and projects are filed under. Its names are content, written in both languages. */
@Entity
class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private String code = "";
    private String nameFr = "";
    private String nameEn = "";
    private boolean active = true;

    protected Theme() {
    }

    Theme(ThemeForm form) {
        this.code = form.code();
        apply(form);
    }

    void apply(ThemeForm form) {
        this.nameFr = form.nameFr();
        this.nameEn = form.nameEn();
        this.active = form.active();
    }

    ThemeSummary summary() {
        return new ThemeSummary(id == null ? 0 : id, code, nameFr, nameEn, active);
    }
}
