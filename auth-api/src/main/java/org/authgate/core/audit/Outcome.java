package org.authgate.core.audit;

public enum Outcome { SUCCESS, FAILURE }
