package fr.sensiblecity.base;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Caches of reference data that every page reads and staff change a few times a year (territories with their
 * districts, themes). A change made on this instance empties its cache when the change commits (a rolled-back
 * change, or a read inside the changing transaction, never leaves stale data behind); another instance sees the
 * change when its entry expires, {@code sensible.cache.reference-data} later at most (10 s by default).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class Caching {

    @Bean
    CacheManager cacheManager(@Value("${sensible.cache.reference-data:10s}") Duration lifetime) {
        CaffeineCacheManager caffeine = new CaffeineCacheManager();
        caffeine.setCaffeine(Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(1_000));
        return new TransactionAwareCacheManagerProxy(caffeine);
    }
}
