package io.gattscope.app.chart;

import io.gattscope.ble.Subscription;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One chart held by the chart dock: its state, its subscription, and whether it is detached. */
public final class DockedChart {
  private final ChartKey key;
  private final ChartViewModel model;
  private volatile Subscription subscription;
  private final BooleanProperty detached = new SimpleBooleanProperty();

  public DockedChart(ChartKey key, ChartViewModel model, Subscription subscription) {
    this.key = Objects.requireNonNull(key, "key");
    this.model = Objects.requireNonNull(model, "model");
    this.subscription = Objects.requireNonNull(subscription, "subscription");
  }

  public ChartKey key() {
    return key;
  }

  /** The chart's state. */
  public ChartViewModel model() {
    return model;
  }

  /** Replaces the subscription after the link came back (the old one died with the link). */
  public void resubscribed(Subscription next) {
    subscription = Objects.requireNonNull(next, "next");
  }

  /** The subscription feeding it (closed when the chart closes). */
  public Subscription subscription() {
    return subscription;
  }

  /** The title shown in its title bar. */
  public String title() {
    return model.title();
  }

  /** True while the chart sits in a window of its own instead of the dock. */
  public BooleanProperty detachedProperty() {
    return detached;
  }

  @Override
  public String toString() {
    return "chart " + title();
  }
}
