package org.authgate.persistence;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers the stores share. */
public final class Jpa {
    /** The persistence unit in META-INF/persistence.xml. */
    public static final String UNIT = "authgate";

    private Jpa() {
    }

    public static <T> Optional<T> first(TypedQuery<T> query) {
        List<T> rows = query.setMaxResults(1).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** A JPQL WHERE clause assembled from optional criteria, with positional-free named parameters. */
    public static final class Where {
        private final List<String> clauses = new ArrayList<>();
        private final List<Object[]> params = new ArrayList<>();

        public Where and(String clause, String param, Object value) {
            if (value != null) {
                clauses.add(clause);
                params.add(new Object[] {param, value});
            }
            return this;
        }

        public String jpql() {
            return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        }

        public <T> TypedQuery<T> bind(TypedQuery<T> query) {
            for (Object[] p : params) {
                query.setParameter((String) p[0], p[1]);
            }
            return query;
        }
    }
}
