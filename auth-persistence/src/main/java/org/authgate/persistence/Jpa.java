package org.authgate.persistence;

import jakarta.persistence.EntityManager;
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

    /** One page of {@code SELECT x FROM Entity x <where> <order>}, with the limit clamped to 1..1000. */
    public static <T> List<T> page(EntityManager em, String select, Where where, String orderBy, Class<T> type,
                                   int offset, int limit) {
        return where.bind(em.createQuery(select + where.jpql() + " ORDER BY " + orderBy, type))
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 1000)))
                .getResultList();
    }

    /**
     * How many rows match, counting no further than {@code cap}: fetching at most cap+1 ids costs what
     * the cap says, while COUNT(*) would scan every matching row of a table of millions.
     */
    public static long cappedCount(EntityManager em, String selectIds, Where where, long cap) {
        return where.bind(em.createQuery(selectIds + where.jpql(), Object.class))
                .setMaxResults((int) Math.min(Integer.MAX_VALUE - 1, cap + 1)).getResultList().size();
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

        /** A clause with two parameters (a keyset position), added only when {@code first} is not null. */
        public Where and(String clause, String param1, Object first, String param2, Object second) {
            if (first != null) {
                clauses.add(clause);
                params.add(new Object[] {param1, first});
                params.add(new Object[] {param2, second});
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
