-- Clusters are reached through a kubeconfig context configured on the server.
-- No cluster rows exist before this migration (the live view arrives with it), so the column needs no default.
ALTER TABLE "Cluster" ADD COLUMN "context" TEXT NOT NULL;
CREATE UNIQUE INDEX "Cluster_context_key" ON "Cluster"("context");
