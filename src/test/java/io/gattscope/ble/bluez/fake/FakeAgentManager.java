package io.gattscope.ble.bluez.fake;

import io.gattscope.ble.bluez.BluezApi;
import java.util.ArrayList;
import java.util.List;
import org.bluez.Error.AuthenticationFailed;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.base.AbstractConnectionBase;
import org.freedesktop.dbus.exceptions.DBusException;

/** {@code AgentManager1} at {@code /org/bluez}: remembers the registered agent and its owner. */
public final class FakeAgentManager implements BluezApi.AgentManager1 {
  private final FakeBluez bluez;
  private volatile String owner;
  private volatile String agentPath;
  private volatile String capability;
  private final List<String> calls = new ArrayList<>();

  FakeAgentManager(FakeBluez bluez) {
    this.bluez = bluez;
  }

  @Override
  public String getObjectPath() {
    return "/org/bluez";
  }

  @Override
  public synchronized void RegisterAgent(DBusPath agent, String capability) {
    this.owner = AbstractConnectionBase.getCallInfo().getSource();
    this.agentPath = agent.getPath();
    this.capability = capability;
    calls.add("RegisterAgent " + capability);
  }

  @Override
  public synchronized void UnregisterAgent(DBusPath agent) {
    calls.add("UnregisterAgent");
    agentPath = null;
  }

  @Override
  public synchronized void RequestDefaultAgent(DBusPath agent) {
    calls.add("RequestDefaultAgent");
  }

  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  public String capability() {
    return capability;
  }

  /** The registered agent, called like BlueZ calls it. */
  BluezApi.Agent1 agent() throws DBusException {
    if (agentPath == null) {
      throw new AuthenticationFailed("no agent registered");
    }
    return bluez.connection().getRemoteObject(owner, agentPath, BluezApi.Agent1.class);
  }
}
