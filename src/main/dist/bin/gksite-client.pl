# gksite's quick client of the resident build server, run by bin/gksite with perl (perl's core alone, as Debian's
# essential perl-base has it; on Linux): what the Java client (cn.gov.jinjiang.gksite.cli.ServerClient) does, in some
# 10 ms instead of 70 (a JVM's start, its classes and their linking): it finds this setting's server by the same name,
# sends the command line, the folder, the variables and the console in the same bytes (ServerProtocol), and passes on
# the server's stdout, stderr and exit code. The Java client stays for `gksite server stop` and wherever this one
# cannot run.
#
# Usage: perl gksite-client.pl JAR ARGS...  with GKSITE_SERVER_KEY set (the launcher's key, which names JAR).
# Exit codes of its own, for the launcher: 75, no server at the address (or one gone before it answered); 76, a server
# that does not run this command now, or an address that is not safe; 77, this client cannot run here (not Linux, a
# perl without the socket functions it needs, text that is not UTF-8): the launcher asks the Java client instead.
# (a perl older than 5.10 reads the bytes below without their '>' order: the Java client then)
BEGIN { exit 77 if $] < 5.010 }
use strict;
use warnings;

my ($NO_SERVER, $NOT_NOW, $CANNOT) = (75, 76, 77);
my $MAGIC = 0x474B5332;    # "GKS2"
my ($RUN, $OUT, $ERR, $EXIT, $REFUSED, $STALE) = (1, 1, 2, 3, 4, 2);
my ($MAX_STRING, $MAX_ITEMS, $MAX_FRAME) = (64 * 1024, 4096, 1 << 20);
my @VARIABLES = ('CI', 'TERM', 'GKSITE_TRACE');

# The peer's credentials of a Unix socket are read with SO_PEERCRED, as Linux has it (struct ucred: pid, uid, gid).
# (and 64-bit integers for the hash below)
exit $CANNOT unless $^O eq 'linux' && ~0 > 4294967295;
exit $CANNOT unless eval {
    require Socket;
    Socket::SO_PEERCRED();
    1;
};
my $EINTR = 4;    # on every Linux (Errno, POSIX: some milliseconds more to load)
# Whatever would end this client with perl's own error (status 255, which the launcher would pass on as the command's):
# the Java client instead, before the request was sent; after it, no server (the command, cut off, ends the server),
# or the server lost once there was output.
my ($sent, $wrote) = (0, 0);
$SIG{__DIE__} = sub {
    return if $^S;    # (inside an eval: caught there)
    exit($wrote ? lost() : $sent ? $NO_SERVER : $CANNOT);
};
# bytes in, bytes out, whatever PERL_UNICODE or PERLIO say
binmode STDOUT, ':raw';
binmode STDERR, ':raw';

my $jar = shift @ARGV;
my $key = $ENV{GKSITE_SERVER_KEY};
exit $NOT_NOW unless defined $jar && defined $key;
my $watched = getppid();

# The server's identity, and the socket's name, as ServerAddress has them: the key, the jar's size and its time in whole
# seconds, one a line; its 64-bit FNV-1a hash in 16 hex digits. The hash is taken of the UTF-8 bytes Java would take:
# a key that is not UTF-8 (Java would have replaced some of it) is left to the Java client.
my @st = stat $jar;
exit $NOT_NOW unless @st;
my $identity = "$key\n$st[7]\n$st[9]";
exit $CANNOT unless utf8($identity);
my $name = fnv1a64($identity);

# The folder: $XDG_RUNTIME_DIR/gksite when that is an absolute folder, else /tmp/gksite-<uid>; used only when it is a
# real folder (lstat: a link is no folder) of this user's, closed to everyone else. None yet: no server yet.
my $runtime = $ENV{XDG_RUNTIME_DIR};
my $dir = (defined $runtime && $runtime =~ m{^/} && -d $runtime) ? "$runtime/gksite" : "/tmp/gksite-$>";
my @d = lstat $dir;
exit $NO_SERVER unless @d;
exit $NOT_NOW unless -d _ && $d[4] == $> && ($d[2] & 0777) == 0700;
my $socket = "$dir/$name.sock";
exit $NOT_NOW if length($socket) > 107;    # longer than a socket's address can be

# the folder as the JVM's getcwd() has it: without links, a deleted one left to a process of its own
my $cwd = readlink '/proc/self/cwd';
exit $CANNOT unless defined $cwd;
exit $NOT_NOW unless $cwd =~ m{^/} && $cwd !~ / \(deleted\)$/;
my @env = map { defined $ENV{$_} ? ($_, $ENV{$_}) : () } @VARIABLES;
# The server reads UTF-8. What is in another encoding (a zh_CN.GB18030 locale), or is not valid UTF-8, is left to the
# Java client, which decodes it as the locale says, replacing what it cannot.
my $charmap = $ENV{GKSITE_CHARMAP} // '';
for my $s ($cwd, @env, @ARGV) {
    next unless $s =~ /[\x80-\xFF]/;
    exit $CANNOT unless $charmap =~ /\AUTF-?8\z/i && utf8($s);
}
my $console = (-t STDIN && -t STDOUT) ? 1 : 0;
# one the protocol cannot carry runs in a process of its own, which reports it
exit $NOT_NOW if @ARGV > $MAX_ITEMS;
for my $s ($identity, $cwd, @env, @ARGV) {
    exit $NOT_NOW if length($s) > $MAX_STRING;
}

socket(my $sock, Socket::AF_UNIX(), Socket::SOCK_STREAM(), 0) or exit $NOT_NOW;
connect($sock, Socket::pack_sockaddr_un($socket)) or exit $NO_SERVER;
# the server's folder is this user's alone; its process must be too
my $cred = getsockopt($sock, Socket::SOL_SOCKET(), Socket::SO_PEERCRED());
exit $NOT_NOW unless defined $cred && length($cred) >= 12;
my (undef, $peer) = unpack('i I', $cred);
exit $NOT_NOW unless $peer == $>;

my $request = pack('N N', $MAGIC, $RUN) . str($identity) . str($cwd) . pack('N', @env / 2);
$request .= str($_) for @env;
$request .= pack('C N', $console, scalar @ARGV);
$request .= str($_) for @ARGV;
$SIG{PIPE} = 'IGNORE';
# a server that refuses at once (busy) may close before it has read the request: its answer is read below all the same
binmode $sock, ':raw';
write_all($sock, $request);
$sent = 1;

# The answer: frames of a type byte, a length and that many bytes. Output that cannot be written (a reader gone) is
# dropped, as Java's System.out drops it. The launcher gone (killed by a caller's timeout): this client ends, and with
# it the command on the server, as a build in a process of its own would have ended.
my $buffer = '';
while (1) {
    if (length($buffer) >= 5) {
        my ($type, $length) = unpack('C N', $buffer);
        if ($length > $MAX_FRAME) {
            exit($wrote ? lost() : $NO_SERVER);
        }
        if (length($buffer) >= 5 + $length) {
            my $bytes = substr($buffer, 5, $length);
            substr($buffer, 0, 5 + $length) = '';
            if ($type == $OUT || $type == $ERR) {
                write_all($type == $OUT ? \*STDOUT : \*STDERR, $bytes);
                $wrote = 1;
            } elsif (($type == $EXIT || $type == $REFUSED) && $length == 4) {
                my $value = unpack('l>', $bytes);
                exit($value & 0xff) if $type == $EXIT;
                exit($value == $STALE ? $NO_SERVER : $NOT_NOW);
            } else {
                exit($wrote ? lost() : $NO_SERVER);
            }
            next;
        }
    }
    my $in = '';
    vec($in, fileno($sock), 1) = 1;
    my $ready = select($in, undef, undef, 0.2);
    exit 130 if getppid() != $watched;
    next if $ready == 0 || ($ready < 0 && $! == $EINTR);
    my $n = sysread($sock, $buffer, 65536, length $buffer);
    next if !defined $n && $! == $EINTR;
    # gone before it began: the command runs in a process of its own
    exit($wrote ? lost() : $NO_SERVER) unless $n;
}

sub str {
    my ($s) = @_;
    return pack('N', length $s) . $s;
}

sub write_all {
    my ($fh, $bytes) = @_;
    my $at = 0;
    while ($at < length $bytes) {
        my $n = syswrite($fh, $bytes, length($bytes) - $at, $at);
        if (!defined $n) {
            next if $! == $EINTR;
            return;
        }
        $at += $n;
    }
}

# Whether a string's bytes are UTF-8 as RFC 3629 has it (no surrogates, nothing above U+10FFFF): those Java decodes
# without replacing anything. A match at a time: one pattern for the whole string recurses once per character.
sub utf8 {
    my ($s) = @_;
    pos($s) = 0;
    1 while $s =~ /\G(?:[\x00-\x7F]+|[\xC2-\xDF][\x80-\xBF]|\xE0[\xA0-\xBF][\x80-\xBF]
        |[\xE1-\xEC\xEE\xEF][\x80-\xBF]{2}|\xED[\x80-\x9F][\x80-\xBF]|\xF0[\x90-\xBF][\x80-\xBF]{2}
        |[\xF1-\xF3][\x80-\xBF]{3}|\xF4[\x80-\x8F][\x80-\xBF]{2})/gcx;
    return (pos($s) // 0) == length $s;
}

# Says that the server went away in the middle of the command, and returns exit code 2.
sub lost {
    local $SIG{__DIE__};
    eval { write_all(\*STDERR, "\ngksite：构建服务在命令完成前意外退出（server.lost）。请重新运行命令；"
        . "若一再发生，请设置环境变量 GKSITE_SERVER=0 不用构建服务。\n"
        . "gksite: the build server ended before the command did (server.lost).\n") };
    return 2;
}

# 64-bit FNV-1a of a string's bytes, in 16 hex digits; in two 32-bit halves, so that every product stays exact.
sub fnv1a64 {
    my ($s) = @_;
    my ($hi, $lo) = (0xcbf29ce4, 0x84222325);
    for my $b (unpack('C*', $s)) {
        $lo ^= $b;
        # times 2**40 + 0x1b3, modulo 2**64
        my $l = $lo * 0x1b3;
        my $h = $hi * 0x1b3 + ($l >> 32) + (($lo << 8) & 0xffffffff);
        ($hi, $lo) = ($h & 0xffffffff, $l & 0xffffffff);
    }
    return sprintf('%08x%08x', $hi, $lo);
}
