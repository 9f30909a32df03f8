package org.authgate.web.cluster;

/** {@link SharedStateAcrossNodes} on WildFly (node A) and Payara (node B) with the same WAR. */
class SharedStateMixedPairIT extends MixedPairTest implements SharedStateAcrossNodes {
}
