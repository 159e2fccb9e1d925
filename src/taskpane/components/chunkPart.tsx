/**
 * A part of the pane in a chunk of its own, fetched the first time it is shown: the parts most analysts never open
 * (the city's, the document's fields) stay out of the pane's first load.
 */
import { Component, Suspense, lazy, type ComponentType, type ReactNode } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { load } from "../chunks";
import { UserError } from "../../usecases/userError";

interface BoundaryProps {
  /** Called at each render, so that a retry renders the part's latest lazy component, not the failed one. */
  render: () => ReactNode;
}

interface BoundaryState {
  failed: UserError | null;
}

/**
 * A chunk that cannot be fetched says so, in the words of chunks.ts, with a button that fetches it again; any other
 * failure is a bug and goes on to the pane's ErrorBoundary.
 */
class ChunkBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { failed: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    if (error instanceof UserError) return { failed: error };
    throw error;
  }

  render() {
    const { failed } = this.state;
    if (!failed) return this.props.render();
    return (
      <div role="alert" style={{ display: "flex", flexDirection: "column", alignItems: "start" }}>
        <Caption1>{failed.message}</Caption1>
        <Button size="small" onClick={() => this.setState({ failed: null })}>
          Thử lại
        </Button>
      </div>
    );
  }
}

/**
 * The component of a chunk, loaded when first rendered: meanwhile `loading` says so; once loaded it renders at once.
 * A failed fetch is not kept: the next render (the retry button, the part opened again) fetches again.
 */
export function chunkPart<P extends object>(
  fetch: () => Promise<ComponentType<P>>,
  loading: string
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  const fresh = () =>
    lazy(() =>
      load(fetch).then(
        (part) => {
          loaded = part;
          return { default: part };
        },
        (error: unknown) => {
          current = fresh();
          throw error;
        }
      )
    );
  let current = fresh();

  function ChunkPart(props: P) {
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    return (
      <ChunkBoundary
        render={() => {
          const Lazy = current;
          return (
            <Suspense fallback={<Caption1 role="status">{loading}</Caption1>}>
              <Lazy {...props} />
            </Suspense>
          );
        }}
      />
    );
  }
  return ChunkPart;
}
