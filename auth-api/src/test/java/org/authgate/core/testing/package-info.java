/**
 * Test doubles of the core's ports (in-memory stores that version-check like the real ones, a clock
 * the test moves, fake connectors, some broken on purpose) and {@link org.authgate.core.testing.CoreFixture}.
 */
package org.authgate.core.testing;
