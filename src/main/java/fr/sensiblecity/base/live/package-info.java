/**
 * Live pages across instances. A committed change is announced as a signal (a topic and the id of what changed,
 * no content); pages that show that one thing re-read it through their services and push it. Signals are
 * coalesced per topic and id, on the way out and on the way in, so that thousands of supports a second on one
 * idea become a few refreshes a second on each page, the last one always showing the stored state. With one
 * instance signals stay in the JVM; with {@code sensible.cluster.broker=redis} they cross instances through Redis
 * publish/subscribe, and presence is kept in Redis.
 */
@NullMarked
package fr.sensiblecity.base.live;

import org.jspecify.annotations.NullMarked;
