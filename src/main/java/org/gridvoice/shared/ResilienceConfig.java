package org.gridvoice.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Turns on Spring's {@code @Retryable}: writes that are safe to repeat (a rolled-back vote cast is simply cast
 * again) retry a deadlock or, on a Galera cluster, a lost certification, each attempt in a fresh transaction.
 * {@code ResilienceOrderTest} checks that an attempt's rolled-back writes do not stay.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilienceConfig {
}
