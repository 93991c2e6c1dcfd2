package fr.sensiblecity.residents;

import java.util.List;

/** For moderators: a resident's current name and every name they used, oldest first. */
public record FormerNames(long residentId, String currentName, List<NameChange> names) {
}
