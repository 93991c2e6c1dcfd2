package fr.sensiblecity.residents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the residents who signed in before display names were unique the key of their current name, at start-up
 * (the key needs ICU, which a SQL migration cannot run). When two of them already share a name, the first keeps
 * it and the others keep theirs too, without the key: their next rename must pick a free name. Runs before the
 * demo data, at each start, and finds nothing to do once done.
 */
@Component
@Order(0)
class ResidentNameKeys implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ResidentNameKeys.class);

    private final ResidentRepository residents;
    private final TransactionTemplate transaction;

    ResidentNameKeys(ResidentRepository residents, TransactionTemplate transaction) {
        this.residents = residents;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int shared = 0;
        for (Long id : residents.findIdsWithoutNameKey()) {
            Boolean claimed;
            try {
                claimed = transaction.execute(status -> residents.findById(id).filter(resident ->
                        residents.ownersOfNameKey(NameKeys.key(resident.displayName())).isEmpty()).map(resident -> {
                            resident.claimCurrentNameKey();
                            return true;
                        }).orElse(false));
            } catch (DataIntegrityViolationException anotherInstanceClaimedItFirst) {
                // Two instances starting together: the key is taken, which is all this job wants.
                claimed = false;
            }
            if (!Boolean.TRUE.equals(claimed)) {
                shared++;
            }
        }
        if (shared > 0) {
            LOG.info("{} residents share a display name with an earlier one; they keep it until they rename", shared);
        }
    }
}
