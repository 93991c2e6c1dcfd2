package fr.sensiblecity.residents;

/** Implemented by every signed-in principal, whatever the way in (OpenID Connect or a demo account). */
public interface ResidentPrincipal {

    long residentId();
}
