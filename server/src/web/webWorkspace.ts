// Team configuration in a browser: the workspace is read into a snapshot through the client (see
// project/snapshotFs.ts), then the project service reads it as the desktop reads a disk. Read when
// the server starts and again whenever the client says a team file changed.
import type { GlossaryBundle } from '../core/glossaryTypes';
import { loadProject, type Project } from '../project/loadProject';
import type { ProjectService } from '../project/projectService';
import { SnapshotFs, type WorkspaceReader } from '../project/snapshotFs';

/** Returns `reload`, which resolves once the projects are read (a newer reload supersedes it). */
export function webWorkspace(
  projects: ProjectService,
  builtIn: GlossaryBundle,
  reader: WorkspaceReader,
  onLoaded: () => void,
): () => Promise<void> {
  let generation = 0;
  return async () => {
    const mine = ++generation;
    // An untrusted workspace's files are not even asked for.
    if (!projects.trusted) return;
    // The last round's projects are read from the complete snapshot: they are the ones to use.
    let loaded: Project[] = [];
    const snapshot = await SnapshotFs.read(reader, (fs) => {
      loaded = fs.configs.map((config) => loadProject(fs, config, builtIn));
    }).catch(() => undefined);
    if (!snapshot || mine !== generation) return; // a newer reload started meanwhile
    projects.useFs(snapshot, loaded);
    onLoaded();
  };
}
