package fr.sensiblecity.residents;

/** A resident as another module may show them to staff: their number and public name, nothing else. */
public record ResidentName(long id, String displayName) {
}
