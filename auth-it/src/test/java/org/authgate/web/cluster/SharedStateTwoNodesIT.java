package org.authgate.web.cluster;

/** {@link SharedStateAcrossNodes} on two WildFly nodes. */
class SharedStateTwoNodesIT extends TwoNodesTest implements SharedStateAcrossNodes {
}
