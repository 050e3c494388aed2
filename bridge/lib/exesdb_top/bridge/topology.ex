defmodule ExESDBTop.Bridge.Topology do
  @moduledoc """
  Where a store's leader and members come from. The default,
  `ExESDBTop.Bridge.Topology.Cluster`, asks Ra and Khepri on the node; tests and
  other setups give their own module through the `topology_module` key.
  """

  @doc "The node of the store's current Ra leader, `{:ok, nil}` when there is none."
  @callback leader(store :: term()) :: {:ok, node() | nil} | {:error, term()}

  @doc "The nodes of the store's Khepri cluster."
  @callback members(store :: term()) :: {:ok, [node()]} | {:error, term()}
end
