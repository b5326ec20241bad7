// The LMS theme page: the library loaded the same way as on the course page. The theme adds
// nothing else: each <spoc-progress> finds the course (course-src) and the learner (learner-*)
// in its attributes and reads the records this browser keeps for them.
import './page-lang.js';
import 'spoc-elements';
