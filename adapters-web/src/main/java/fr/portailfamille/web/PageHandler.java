package fr.portailfamille.web;

@FunctionalInterface
public interface PageHandler {
    void handle(Exchange exchange) throws Exception;
}
