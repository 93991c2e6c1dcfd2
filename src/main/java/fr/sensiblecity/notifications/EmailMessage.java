package fr.sensiblecity.notifications;

/** One plain-text e-mail to one resident, with the address that stops this kind of e-mail for them. */
record EmailMessage(long residentId, String to, String subject, String body, String unsubscribeUrl) {
}
