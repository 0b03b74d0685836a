package io.chipgate.internal;

import io.chipgate.model.PartResolver;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;

/** The resolvers behind {@link PartResolver#none()} and {@link PartResolver#builtIn()}. Not API. */
public final class BuiltInResolver {
    /** Knows no part. */
    public static final PartResolver NONE = new PartResolver() {
        @Override
        public Optional<io.chipgate.model.Part> find(String id) {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "PartResolver.none()";
        }
    };

    private BuiltInResolver() {
    }

    /** Initialised on first use, once (the holder idiom). */
    private static final class Holder {
        static final PartResolver BUILT_IN = load();
    }

    /**
     * The first service provider of {@link PartResolver}, else {@link #NONE}.
     *
     * @return never null
     */
    public static PartResolver builtIn() {
        return Holder.BUILT_IN;
    }

    private static PartResolver load() {
        Iterator<PartResolver> it = ServiceLoader.load(PartResolver.class, BuiltInResolver.class.getClassLoader()).iterator();
        return it.hasNext() ? it.next() : NONE;
    }
}
