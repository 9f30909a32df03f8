/**
 * The JIT warm-up before readiness: the node sends itself token checks for a few seconds after start-up, so that the
 * first clients a load balancer sends it meet compiled code (README "Time to full speed").
 */
package org.authgate.web.warmup;
