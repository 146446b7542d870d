package io.expresso.http.registry;

/**
 * One entry of an alias's routing configuration.
 *
 * @param versionArn the version ARN as given
 * @param version    the version number it names
 * @param weight     0..100; an alias's weights sum to 100
 */
public record Route(String versionArn, int version, int weight) {
}
