package org.pathwork;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Pathwork: work-based learning placements from application to signed-off completion. */
@SpringBootApplication
public class PathworkApplication {

    public static void main(String[] args) {
        SpringApplication.run(PathworkApplication.class, args);
    }
}
