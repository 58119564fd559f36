package httpapi

// gate admits at most its capacity of requests at once and refuses the
// others at once, so that a burst of costly requests cannot take every
// core and the memory of their bodies: they are answered 503 with
// Retry-After, and the requests already admitted keep their share.
type gate chan struct{}

func newGate(n int) gate { return make(gate, n) }

// enter takes a place, reporting false when all are taken.
func (g gate) enter() bool {
	select {
	case g <- struct{}{}:
		return true
	default:
		return false
	}
}

// leave gives back the place taken by enter.
func (g gate) leave() { <-g }
