package extract

import "github.com/bilateral-kg/bilateral/graph"

// mentionStage is the second stage: the names in the text. It finds
// countries, places, organizations, projects and persons, each as token
// spans with what the words say about them (a place's country, an
// organization's acronym, a person's title and the country the words
// give), and the references by role ("the Kazakh leader") that the entity
// stage resolves. It makes no graph entities.
//
// A token belongs to at most one name: claimed marks the tokens of the
// names found so far, so that a later pass does not read them again. Only
// this stage writes claimed, through the add methods and the passes of
// findMentions, which run in the order listed there; later stages read
// it.
type mentionStage struct {
	*tokenStage

	claimed []bool // tokens inside a recognised name

	countries []countryMention // in text order
	places    []placeMention
	orgs      []orgMention
	projects  []*project
	leaders   []*leader       // persons, one per name (see addLeader)
	persons   []leaderMention // the names of persons, titled or not
	surnames  []leaderMention // a person's first or last name used alone
	roles     []roleRef       // references by role, for the entity stage

	// named lists every name found, in the order found; the entity stage
	// makes the entities from it (so each entity's aliases keep that order)
	named []named
	// what the words say about each place, organization and project, by
	// key: the first value stated wins
	placeInfo   map[string]*placeInfo
	orgInfo     map[string]*orgInfo
	projectInfo map[string]*projectInfo

	// indexes over the mention lists: see index.go
	ctryCover, orgCover, orgStart, orgEnd []int32
	orgsBySent, placesBySent              [][]int32
	projectStart                          map[int]*project // first project starting at a token

	// upperAt lists the tokens of each capitalised word, built on first
	// use (see surnameElsewhere)
	upperAt map[string][]int
}

// named is one name found in the text: an entity's key, its type and its
// tokens [i, j).
type named struct {
	typ  graph.EntityType
	key  string
	i, j int
}

// placeInfo is what the text says about a place.
type placeInfo struct {
	name, country, kind string
	small               bool // a town of the gazetteer under smallTown
}

// projectInfo is what the text says about a project.
type projectInfo struct {
	name, sector, status string
	countries            []string
}

// findMentions runs the mention stage. The order of the passes is the
// order in which names claim their tokens: the dateline's place, the
// gazetteer (countries, capitals, cities, known organizations),
// organizations and places found by their form, titled persons, untitled
// persons in reported encounters, short names in brackets, persons' names
// used alone, projects,
// and last the places known only from their context ("in Kestrovo").
func findMentions(t *tokenStage) *mentionStage {
	a := &mentionStage{tokenStage: t, claimed: make([]bool, len(t.toks)),
		placeInfo: map[string]*placeInfo{}, orgInfo: map[string]*orgInfo{}, projectInfo: map[string]*projectInfo{}}
	a.initIndexes()
	if dl := t.dateline; dl.name != "" {
		a.addPlace(dl.i, dl.j, dl.name, dl.country, "city")
	}
	a.scanGazetteer()
	a.congoSides()
	a.homonymPlaces()
	a.scanOrgPatterns()
	a.scanPlacePatterns()
	a.scanLeaders()
	a.scanUntitled()
	a.scanPortfolioNames()
	a.joinBracketedShortNames()
	a.fullNames()
	a.scanSurnames()
	a.scanProjects()
	a.scanContextPlaces()
	return a
}

// claim marks tokens [i, j) as part of a recognised name.
func (a *mentionStage) claim(i, j int) {
	for k := i; k < j && k < len(a.claimed); k++ {
		a.claimed[k] = true
	}
}
