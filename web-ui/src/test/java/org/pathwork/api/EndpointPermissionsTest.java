package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every API handler that reads a body names its {@link Requires} permission: without one,
 * {@link PermissionInterceptor} has nothing to check and the body would be read before the role.
 */
class EndpointPermissionsTest {

    @Test
    void everyHandlerWithABodyDeclaresItsPermission() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<String> undeclared = new ArrayList<>();
        int withBody = 0;
        for (BeanDefinition d : scan.findCandidateComponents("org.pathwork")) {
            for (Method m : Class.forName(d.getBeanClassName()).getDeclaredMethods()) {
                boolean readsBody = Arrays.stream(m.getParameters()).anyMatch(p -> p.isAnnotationPresent(RequestBody.class)
                        || java.io.InputStream.class.isAssignableFrom(p.getType())
                        || java.io.Reader.class.isAssignableFrom(p.getType()));
                if (readsBody) {
                    withBody++;
                    if (!m.isAnnotationPresent(Requires.class)) {
                        undeclared.add(m.getDeclaringClass().getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertThat(withBody).as("handlers with a body found").isGreaterThan(20);
        assertThat(undeclared).as("handlers that read a body without @Requires").isEmpty();
    }
}
