defmodule ExESDBTop.Bridge.Topology.Cluster do
  @moduledoc """
  The store topology as Ra and Khepri know it on this node:
  `:ra_leaderboard.lookup_leader/1` for the leader and `:khepri_cluster.members/1`
  for the members (both give Ra server ids `{store, node}`).
  """

  @behaviour ExESDBTop.Bridge.Topology

  @impl true
  def leader(store) do
    if Code.ensure_loaded?(:ra_leaderboard) do
      case apply(:ra_leaderboard, :lookup_leader, [store]) do
        {_name, node} when is_atom(node) -> {:ok, node}
        :undefined -> {:ok, nil}
        other -> {:error, {:unexpected, other}}
      end
    else
      {:error, :ra_not_loaded}
    end
  end

  @impl true
  def members(store) do
    if Code.ensure_loaded?(:khepri_cluster) do
      case apply(:khepri_cluster, :members, [store]) do
        {:ok, members} when is_list(members) -> {:ok, Enum.map(members, &member_node/1)}
        {:error, reason} -> {:error, reason}
        other -> {:error, {:unexpected, other}}
      end
    else
      {:error, :khepri_not_loaded}
    end
  end

  defp member_node({_name, node}), do: node
  defp member_node(node), do: node
end
