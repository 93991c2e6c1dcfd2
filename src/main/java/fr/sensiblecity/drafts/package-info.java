/**
 * Co-constructing a policy: a panel, or an open process with organisations in thematic groups, writes a draft in
 * sections; participants propose, discuss, support and vote amendments, each accepted one making the section's
 * next version; the published draft is open to public consultation; the panel then votes its recommendations
 * by secret, hash-chained ballots, and the authority answers each in public.
 */
@NullMarked
package fr.sensiblecity.drafts;

import org.jspecify.annotations.NullMarked;
