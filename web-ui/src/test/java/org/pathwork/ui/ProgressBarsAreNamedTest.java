package org.pathwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

/**
 * A progress bar without a name is read out as a bare number (axe-core: aria-progressbar-name,
 * serious). Every bar is a {@link LabelledProgressBar}, which cannot be made without one; this test
 * finds any class of ours that makes a plain {@link ProgressBar} all the same.
 */
class ProgressBarsAreNamedTest {

    private static final String PROGRESS_BAR = Type.getInternalName(ProgressBar.class);

    @Test
    void aBarNamedInWordsCarriesThemAsItsLabel() {
        LabelledProgressBar bar = new LabelledProgressBar("Progress of the rebuild");
        assertThat(bar.getElement().getAttribute("aria-label")).isEqualTo("Progress of the rebuild");
    }

    @Test
    void aBarNamedByItsVisibleLabelPointsAtIt() {
        Span label = new Span("12 h of 40 h required");
        LabelledProgressBar bar = new LabelledProgressBar(label, 0, 1, 0.3);
        assertThat(label.getId()).isPresent();
        assertThat(bar.getElement().getAttribute("aria-labelledby")).isEqualTo(label.getId().orElseThrow());
        assertThat(bar.getValue()).isEqualTo(0.3);

        Span named = new Span("2 h of 2 h required");
        named.setId("hours-progress-label");
        assertThat(new LabelledProgressBar(named, 0, 1, 1).getElement().getAttribute("aria-labelledby"))
                .isEqualTo("hours-progress-label");
    }

    @Test
    void noClassOfOursMakesAProgressBarWithoutAName() throws Exception {
        Path classes = Path.of(LabelledProgressBar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> makers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/pathwork"))) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String maker = makesAPlainProgressBar(f);
                if (maker != null && !maker.equals(Type.getInternalName(LabelledProgressBar.class))) {
                    makers.add(maker.replace('/', '.'));
                }
            });
        }
        assertThat(makers).as("classes that make a ProgressBar instead of a LabelledProgressBar").isEmpty();
    }

    /** The class's name if one of its methods says {@code new ProgressBar(...)}, else null. */
    private static String makesAPlainProgressBar(Path classFile) {
        try (InputStream in = Files.newInputStream(classFile)) {
            ClassReader reader = new ClassReader(in);
            boolean[] found = {false};
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitTypeInsn(int opcode, String type) {
                            found[0] |= opcode == Opcodes.NEW && type.equals(PROGRESS_BAR);
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return found[0] ? reader.getClassName() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
