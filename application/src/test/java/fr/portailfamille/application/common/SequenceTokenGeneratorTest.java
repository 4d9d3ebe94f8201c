package fr.portailfamille.application.common;

class SequenceTokenGeneratorTest extends TokenGeneratorContract {
    @Override
    protected TokenGenerator generator() {
        return new SequenceTokenGenerator();
    }
}
