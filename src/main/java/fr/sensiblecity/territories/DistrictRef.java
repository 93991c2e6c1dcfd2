package fr.sensiblecity.territories;

/** A district, referred to by id across modules. */
public record DistrictRef(long id, String name) {
}
