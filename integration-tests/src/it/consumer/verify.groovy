// The consumer's build passed; check that its audit test really ran (a Surefire that does not know
// JUnit 5 runs nothing and still passes), stored its verdict and wrote its report.
def reports = new File(basedir, 'target/surefire-reports')
def xml = new File(reports, 'TEST-com.example.audit.CheckoutAuditTest.xml')
assert xml.isFile() : "no Surefire report of CheckoutAuditTest in ${reports}"
def suite = new groovy.xml.XmlSlurper().parse(xml)
assert suite.@tests.toInteger() == 1 : "CheckoutAuditTest ran ${suite.@tests} tests, expected 1"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0
def history = new File(basedir, 'target/audit-history')
assert history.isDirectory() && history.listFiles().any { it.name.startsWith('checkout-service_') && it.name.endsWith('.json') } :
        "@AuditTest stored no verdict of checkout-service in ${history}"
def report = new File(basedir, 'target/checkout-audit.md')
assert report.isFile() && report.text.contains('checkout-service') : "no Markdown report at ${report}"
def log = new File(basedir, 'build.log').text
assert log.contains('latency-first') || report.text.contains('latency-first') : 'the custom strategy was not used'
return true
