package fr.portailfamille.application.common;

import fr.portailfamille.application.common.port.*;
class SequenceTokenGeneratorTest extends TokenGeneratorContract {
    @Override
    protected TokenGenerator generator() {
        return new SequenceTokenGenerator();
    }
}
