package fr.sensiblecity.support;

import fr.sensiblecity.ideas.IdeaSupportsChanged;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes the commit of the next transactions that change supports fail, as a database that dies or a Galera
 * certification conflict would: the failure is thrown at commit time, after every statement went through. Inert
 * until a test arms it.
 */
@Component
public class CommitFaults {

    private final ConcurrentLinkedQueue<Supplier<RuntimeException>> armed = new ConcurrentLinkedQueue<>();

    /** The next transaction that changes supports fails at commit with this failure; call again for more. */
    public void failNextSupportCommit(Supplier<RuntimeException> failure) {
        armed.add(failure);
    }

    public void disarm() {
        armed.clear();
    }

    @EventListener
    void supportsChanged(IdeaSupportsChanged change) {
        Supplier<RuntimeException> failure = armed.poll();
        if (failure != null && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    throw failure.get();
                }
            });
        }
    }
}
