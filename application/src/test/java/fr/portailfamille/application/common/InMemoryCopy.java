package fr.portailfamille.application.common;

/** A mutable value kept by an in-memory store: gives {@link InMemoryTransactions} an independent copy to roll back to. */
public interface InMemoryCopy<T> {

    T copy();
}
