package io.venn.pipeline;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DevScratchTest {
  @Test
  void dev() throws Exception {
    CorpusPart part = CorpusPart.load("crm-corpus/dev");
    MatchResult result = Pipeline.match(part.left(), part.right(), MatchConfig.defaults());
    System.out.println("DEV " + part.score(result));
    part.writeMistakes(result, Path.of("/tmp/scratch/dev"));
  }
}
